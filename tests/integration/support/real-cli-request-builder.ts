import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { WireProtocol } from './sdk-wire-form';

/** Debian's Python, whose dist-packages hold the awscli v2 that /usr/bin/aws runs. */
export const DEBIAN_PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(import.meta.dirname, 'real-cli-requests.py');

/** One request the real CLI's serializer built: form parameters (query, ec2) or the JSON document (json). */
export interface RealRequest {
  readonly operation: string;
  readonly protocol: WireProtocol;
  readonly body: unknown;
}

export interface RealCommandResult {
  readonly exitCode: number;
  readonly stderr: string;
  readonly requests: readonly RealRequest[];
}

/** botocore's model of an input member, as real-cli-requests.py describes it. */
export interface BotocoreShape {
  readonly type: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'double' | 'float' | 'boolean' | 'timestamp' | 'blob' | 'document';
  readonly members?: Readonly<Record<string, BotocoreShape>>;
  readonly required?: readonly string[];
  readonly member?: BotocoreShape;
  readonly key?: BotocoreShape;
  readonly value?: BotocoreShape;
  readonly enum?: readonly string[];
  readonly min?: number;
  /** A structure already open higher up (a recursive shape): no members are described. */
  readonly recursive?: boolean;
}

interface Pending {
  resolve(answer: Record<string, unknown>): void;
  reject(error: Error): void;
}

/**
 * The real AWS CLI v2's request building, driven through its own Python code in one long-lived
 * process (spawning `aws` per case costs ~0.5 s; a command here takes ~10 ms). Commands are
 * answered in order, one JSON line each.
 */
export class RealCliRequestBuilder {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending: Pending[] = [];
  private stderr = '';

  constructor() {
    this.child = spawn(DEBIAN_PYTHON, [SCRIPT], {
      env: {
        ...({} as NodeJS.ProcessEnv),
        PATH: '/usr/bin:/bin',
        HOME: '/nonexistent-aurora-lab-home',
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
        AWS_PAGER: '',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const waiting = this.pending.shift();
      if (!waiting) return;
      const answer = JSON.parse(line) as Record<string, unknown>;
      if (typeof answer.error === 'string') waiting.reject(new Error(`real-cli-requests.py: ${answer.error}`));
      else waiting.resolve(answer);
    });
    this.child.on('close', (code) => {
      for (const waiting of this.pending.splice(0)) waiting.reject(new Error(`real-cli-requests.py exited (${code}): ${this.stderr}`));
    });
  }

  /** Runs `aws <argv>` through the real CLI's driver; nothing is sent anywhere. */
  async run(argv: readonly string[]): Promise<RealCommandResult> {
    return (await this.ask({ argv })) as unknown as RealCommandResult;
  }

  /** botocore's model of `service.operation`'s input member (botocore service and operation names). */
  async shape(service: string, operation: string, member: string): Promise<BotocoreShape> {
    return (await this.ask({ shape: { service, operation, member } })).shape as BotocoreShape;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.on('close', () => resolve());
      this.child.stdin.end();
    });
  }

  private ask(request: object): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.child.stdin.write(`${JSON.stringify(request)}\n`);
    });
  }
}

const DEBIAN_AWSCLI = '/usr/lib/python3/dist-packages/awscli/clidriver.py';

/**
 * Tests built on the real CLI's code need Debian's awscli package. Without it they are skipped with
 * a visible notice naming the install line, except under CI=true, where its absence is a failure.
 */
export function realCliRequestsAvailability(suite: string): { skip: boolean } {
  if (existsSync(DEBIAN_PYTHON) && existsSync(DEBIAN_AWSCLI)) return { skip: false };
  if (process.env.CI === 'true') throw new Error(`${DEBIAN_AWSCLI} is missing: install the Debian awscli package (apt-get install -y awscli)`);
  console.warn(`[${suite}] SKIPPED: ${DEBIAN_AWSCLI} not found. Install the real AWS CLI v2 with: apt-get install -y awscli`);
  return { skip: true };
}
