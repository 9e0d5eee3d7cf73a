import type { ServiceModel } from '../../model/service-model';
import { shapePlan } from '../../model/shape-plan';
import { escapeXmlText } from '../query/escape-xml-text';
import { readQueryCall } from '../query/read-query-call';
import { writeXmlMembers } from '../query/write-xml-value';
import { XmlText } from '../query/xml-text';
import type { WireProtocol } from '../wire-protocol';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

function headers(requestId: string): Record<string, string> {
  return { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-RequestId': requestId };
}

/**
 * EC2's dialect of the Query protocol: lists sent as `Name.N` under `ec2QueryName`s; answers
 * `<OpResponse xmlns><requestId/>..members in their lowerCamel xmlNames..</OpResponse>` with no
 * Result wrapper; errors as `<Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>`.
 */
export const ec2QueryProtocol: WireProtocol = {
  decode(model, request) {
    return readQueryCall(model, request, 'ec2Query');
  },

  encodeResult(model: ServiceModel, operation, output, requestId) {
    const op = model.operations.get(operation);
    if (!op) throw new Error(`${model.name} has no operation ${operation}`);
    const plan = shapePlan(op.output);
    const out = new XmlText();
    out.push(XML_DECLARATION);
    out.push(`<${operation}Response xmlns="${model.xmlNamespace}"><requestId>${escapeXmlText(requestId)}</requestId>`);
    if (plan.kind === 'structure') writeXmlMembers(plan, output, out);
    // Actions modelled without output (DeleteSubnet, ...) answer `<return>true</return>` on EC2.
    else out.push('<return>true</return>');
    out.push(`</${operation}Response>`);
    return { status: 200, headers: headers(requestId), body: out.text };
  },

  encodeError(_model, error, requestId) {
    const body =
      `${XML_DECLARATION}<Response><Errors><Error><Code>${escapeXmlText(error.code)}</Code>` +
      `<Message>${escapeXmlText(error.message)}</Message></Error></Errors>` +
      `<RequestID>${escapeXmlText(requestId)}</RequestID></Response>`;
    return { status: error.status, headers: headers(requestId), body };
  },
};
