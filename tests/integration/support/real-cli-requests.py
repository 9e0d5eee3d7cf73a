#!/usr/bin/python3
"""The real AWS CLI v2's own request building, one command per stdin line, in one long-lived process.

Run with Debian's /usr/bin/python3 (its dist-packages hold awscli 2.x and the botocore it vendors;
a `python3` earlier on PATH may import a pip-installed awscli v1 instead).

Each stdin line is a JSON object; each answer is one JSON line on stdout:
  {"argv": ["rds", "add-tags-to-resource", ...]}
      -> {"exitCode": 0, "stderr": "", "requests": [{"operation", "protocol", "body"}]}
     The command runs through awscli's CLIDriver exactly as `aws` would (argument table, argparse,
     shorthand/JSON unpacking, --cli-input-json/yaml, customizations, botocore's parameter validation
     and its serializer for the service's protocol); a `before-call` handler records the serialized
     request and answers it with an empty 200, so nothing is sent. `body` is the form parameters for
     query/ec2 and the parsed JSON document for json.
  {"shape": {"service": "rds", "operation": "ModifyDBCluster", "member": "Tags"}}
      -> {"shape": {"type", "members", "required", "member", "key", "value", "enum", "min"}}
     botocore's model of one input member (recursive shapes cut after their first appearance).

One driver and session serve every command (~2 ms a command instead of ~50), so session-wide global
options (--region, --profile, --output, --cli-binary-format) would carry over to later commands:
send commands without them.
"""
import contextlib
import io
import json
import sys

import awscli.clidriver as clidriver


class _EmptyHttpResponse:
    status_code = 200
    headers = {}
    content = b''
    raw = None


class RequestRecorder:
    def __init__(self):
        self.requests = []

    def before_call(self, model, params, **kwargs):
        body = params.get('body')
        protocol = model.metadata['protocol']
        if protocol == 'json':
            body = json.loads(body.decode('utf-8') if isinstance(body, (bytes, bytearray)) else body or '{}')
        else:
            # As urlencode puts them on the wire.
            body = {key: value if isinstance(value, str) else str(value) for key, value in body.items()}
        self.requests.append({'operation': model.name, 'protocol': protocol, 'body': body})
        return _EmptyHttpResponse(), {}


class RequiredFlags:
    """The `required` flags of every argument table as the CLI built it.

    One driver serves every command (building the command tables costs more than the command);
    but --cli-input-json/yaml and --generate-cli-skeleton switch the required flags of the cached
    argument table off, which a later command of the same operation must not inherit.
    """

    def __init__(self):
        self._tables = []

    def remember(self, argument_table, **kwargs):
        self._tables.append([(argument, argument.required) for argument in argument_table.values()])

    def restore(self):
        for table in self._tables:
            for argument, required in table:
                argument.required = required


def cache_clients(session):
    """Clients are built per command by the CLI; one per service does the same work ~20 ms faster."""
    create_client = session.create_client
    clients = {}

    def cached_create_client(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in clients:
            clients[key] = create_client(*args, **kwargs)
        return clients[key]

    session.create_client = cached_create_client


def initialize_session_once(driver):
    """The CLI emits `session-initialized` once per process; its handlers (the file:// loader, the
    binary format) register more handlers each time, which a shared driver would pile up command
    after command. So global options that act through it (--cli-binary-format, --no-cli-pager) are
    those of the first command; the commands sent here use neither."""
    emit_session_event = driver._emit_session_event
    emitted = []

    def emit_once(parsed_args):
        if not emitted:
            emitted.append(True)
            emit_session_event(parsed_args)

    driver._emit_session_event = emit_once


def run_command(driver, recorder, required_flags, argv):
    recorder.requests = []
    required_flags.restore()
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        exit_code = driver.main(list(argv))
    return {'exitCode': exit_code, 'stderr': stderr.getvalue(), 'requests': recorder.requests}


def describe_shape(shape, seen):
    described = {'type': shape.type_name}
    if shape.type_name == 'structure':
        if shape.name in seen:
            return {'type': 'structure', 'members': {}, 'required': [], 'recursive': True}
        seen = seen | {shape.name}
        described['members'] = {name: describe_shape(member, seen) for name, member in shape.members.items()}
        described['required'] = list(shape.required_members)
    elif shape.type_name == 'list':
        described['member'] = describe_shape(shape.member, seen)
    elif shape.type_name == 'map':
        described['key'] = describe_shape(shape.key, seen)
        described['value'] = describe_shape(shape.value, seen)
    if getattr(shape, 'enum', None):
        described['enum'] = list(shape.enum)
    if 'min' in shape.metadata:
        described['min'] = shape.metadata['min']
    if shape.metadata.get('document'):
        described['type'] = 'document'
    return described


def shape_of(session, service, operation, member):
    input_shape = session.get_service_model(service).operation_model(operation).input_shape
    return {'shape': describe_shape(input_shape.members[member], frozenset())}


def main():
    sys.argv[0] = 'aws'  # argparse names the program in its errors ("aws: error: ...")
    driver = clidriver.create_clidriver()
    session = driver.session
    recorder = RequestRecorder()
    session.register('before-call', recorder.before_call)
    # Registered last, so it sees each table after the CLI's own customizations changed it.
    required_flags = RequiredFlags()
    session.register('building-argument-table', required_flags.remember)
    cache_clients(session)
    initialize_session_once(driver)
    answers = sys.stdout
    for line in sys.stdin:
        request = json.loads(line)
        try:
            if 'argv' in request:
                answer = run_command(driver, recorder, required_flags, request['argv'])
            else:
                answer = shape_of(session, **request['shape'])
        except Exception as error:  # reported to the test, which fails with it
            answer = {'error': f'{type(error).__name__}: {error}'}
        answers.write(json.dumps(answer, default=str) + '\n')
        answers.flush()


if __name__ == '__main__':
    main()
