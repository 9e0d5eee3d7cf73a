import type {
  ClockAdvance,
  CliRunResult,
  LabGrade,
  SandboxResources,
  SandboxSession,
} from './sandbox-api-types';

/** An error answer from the API (`{ error: { code, message } }`), or a network failure (status 0). */
export class SandboxApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'SandboxApiError';
    this.status = status;
    this.code = code;
  }

  /** The sandbox is gone (expired or deleted): the page should offer a fresh one. */
  get sandboxGone(): boolean {
    return this.status === 404 || this.status === 410;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function errorFrom(response: Response): Promise<SandboxApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const code = typeof error?.code === 'string' ? error.code : `Http${response.status}`;
  const message =
    typeof error?.message === 'string' ? error.message : `The server answered ${response.status} ${response.statusText}`.trim();
  return new SandboxApiError(response.status, code, message);
}

/** The server's answer when it is a success; otherwise throws its error as a `SandboxApiError`. */
async function send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      cache: 'no-store',
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new SandboxApiError(0, 'NetworkError', 'Could not reach the Aurora Lab server. Check that it is still running.');
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  return (await (await send(method, path, body)).json()) as T;
}

const sandboxPath = (id: string) => `/api/sandboxes/${encodeURIComponent(id)}`;

/** The learner's latest live sandbox for a lab, or `undefined` when there is none yet. */
export async function findLabSandbox(slug: string): Promise<SandboxSession | undefined> {
  const response = await send('GET', `/api/labs/${encodeURIComponent(slug)}/sandbox`);
  return response.status === 204 ? undefined : ((await response.json()) as SandboxSession);
}

export function createSandbox(slug: string): Promise<SandboxSession> {
  return request<SandboxSession>('POST', '/api/sandboxes', { lab: slug });
}

export function getSandbox(id: string): Promise<SandboxSession> {
  return request<SandboxSession>('GET', sandboxPath(id));
}

export function runCliCommand(id: string, command: string): Promise<CliRunResult> {
  return request<CliRunResult>('POST', `${sandboxPath(id)}/cli`, { command });
}

export function getSandboxResources(id: string): Promise<SandboxResources> {
  return request<SandboxResources>('GET', `${sandboxPath(id)}/resources`);
}

export function advanceSandboxClock(id: string, advance: ClockAdvance): Promise<{ readonly now: string }> {
  return request<{ readonly now: string }>('POST', `${sandboxPath(id)}/clock`, { advance });
}

export function gradeSandbox(id: string): Promise<LabGrade> {
  return request<LabGrade>('GET', `${sandboxPath(id)}/grade`);
}

export function resetSandbox(id: string): Promise<SandboxSession> {
  return request<SandboxSession>('POST', `${sandboxPath(id)}/reset`);
}
