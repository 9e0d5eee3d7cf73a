import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  SandboxApiError,
  advanceSandboxClock,
  createSandbox,
  findLabSandbox,
  getSandboxResources,
  gradeSandbox,
  resetSandbox,
  runCliCommand,
} from '../api/sandbox-api-client';
import type { ClockAdvance, CliRunResult, LabGrade, SandboxResources, SandboxSession } from '../api/sandbox-api-types';
import { readSessionOutput, writeSessionOutput } from './output-persistence';

export type SandboxPhase = 'starting' | 'ready' | 'failed' | 'expired';
export type NarrowPanel = 'instructions' | 'terminal' | 'resources';

export interface OutputRun {
  readonly kind: 'run';
  readonly id: number;
  readonly command: string;
  readonly state: 'queued' | 'running' | 'done' | 'failed';
  readonly result?: CliRunResult;
  /** Why the request itself failed (network, server); a CLI error is in `result.stderr`. */
  readonly error?: string;
}

export interface OutputNotice {
  readonly kind: 'notice';
  readonly id: number;
  readonly tone: 'info' | 'success' | 'warning';
  readonly text: string;
}

export type OutputEntry = OutputRun | OutputNotice;

/** What the Markdown "copy to editor" buttons need from the Monaco editor. */
export interface EditorBridge {
  insertCommand(text: string): void;
}

export interface LabSessionState {
  readonly slug: string;
  readonly stepCount: number;
  readonly phase: SandboxPhase;
  readonly sandbox?: SandboxSession;
  readonly startError?: string;
  /** The sandbox's virtual time (ISO), from the latest answer that carried it. */
  readonly now?: string;
  readonly resources?: SandboxResources;
  readonly resourcesError?: string;
  readonly resourcesLoading: boolean;
  readonly output: readonly OutputEntry[];
  readonly activeRuns: number;
  readonly grade?: LabGrade;
  /** The virtual time the grade was taken at. */
  readonly gradedAt?: string;
  readonly grading: boolean;
  readonly gradeError?: string;
  /** The learner closed the report; the next Check shows it again. */
  readonly reportHidden: boolean;
  readonly advancing?: ClockAdvance;
  readonly clockError?: string;
  readonly resetting: boolean;
  readonly resetError?: string;
  readonly currentStep: number;
  readonly narrowPanel: NarrowPanel;
  /** Increments each time Check finishes, so the report can take focus. */
  readonly gradeRevision: number;

  start(options?: { readonly fresh?: boolean }): Promise<void>;
  run(command: string): Promise<void>;
  /**
   * Reads the sandbox's resources. A `poll` is skipped while another read is still out; any other
   * refresh (after a command, a fast-forward, a reset) always asks again.
   */
  refreshResources(options?: { readonly poll?: boolean }): Promise<void>;
  fastForward(advance: ClockAdvance): Promise<void>;
  check(): Promise<void>;
  hideReport(): void;
  reset(): Promise<void>;
  clearOutput(): void;
  goToStep(index: number): void;
  showNarrowPanel(panel: NarrowPanel): void;
  registerEditor(bridge: EditorBridge | undefined): void;
  sendToEditor(text: string): void;
}

export type LabSessionStore = StoreApi<LabSessionState>;

const MAX_OUTPUT_ENTRIES = 200;

const stepStorageKey = (slug: string) => `aurora-lab:step:${slug}`;

const ADVANCE_UNITS: Record<string, string> = { s: 's', m: 'min', h: 'h' };

/** `"15m"` -> "15 min". */
function describeAdvance(advance: ClockAdvance): string {
  const match = /^(\d+)([smh])$/.exec(advance);
  return match ? `${match[1]} ${ADVANCE_UNITS[match[2]]}` : advance;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createLabSessionStore(slug: string, stepCount: number): LabSessionStore {
  let nextEntryId = 1;
  let runQueue: Promise<void> = Promise.resolve();
  let editorBridge: EditorBridge | undefined;
  // Answers can arrive out of order: only an answer newer than the one on screen is shown, so a
  // read that was already out before a reset can't bring back what the reset removed.
  let resourcesRequested = 0;
  let resourcesShown = 0;
  let resourcesOutstanding = 0;
  // One start at a time: a second concurrent start (React's dev double effects, a double click) would
  // create a second sandbox, and before the first answer sets the session cookie, a second guest.
  let startInFlight: Promise<void> | undefined;

  const store = createStore<LabSessionState>()((set, get) => {
    function appendEntry(entry: OutputEntry) {
      set((state) => ({ output: [...state.output, entry].slice(-MAX_OUTPUT_ENTRIES) }));
    }

    function notice(tone: OutputNotice['tone'], text: string) {
      appendEntry({ kind: 'notice', id: nextEntryId++, tone, text });
    }

    function updateRun(id: number, patch: Partial<OutputRun>) {
      set((state) => ({
        output: state.output.map((entry) => (entry.kind === 'run' && entry.id === id ? { ...entry, ...patch } : entry)),
      }));
    }

    /** A 404/410 means the sandbox expired or was removed: stop and offer a new one. */
    function handleGone(error: unknown): boolean {
      if (error instanceof SandboxApiError && error.sandboxGone) {
        set({ phase: 'expired' });
        return true;
      }
      return false;
    }

    function adoptSandbox(sandbox: SandboxSession) {
      const restored = readSessionOutput(sandbox.id);
      nextEntryId = restored.reduce((max, entry) => Math.max(max, entry.id), 0) + 1;
      set({
        phase: 'ready',
        sandbox,
        startError: undefined,
        now: sandbox.now ?? get().now,
        output: restored,
        grade: undefined,
        gradeError: undefined,
      });
    }

    async function executeRun(id: number, command: string) {
      const sandbox = get().sandbox;
      if (!sandbox || get().phase !== 'ready') {
        updateRun(id, { state: 'failed', error: 'The sandbox is not ready.' });
        return;
      }
      updateRun(id, { state: 'running' });
      try {
        const result = await runCliCommand(sandbox.id, command);
        updateRun(id, { state: 'done', result });
      } catch (error) {
        updateRun(id, { state: 'failed', error: messageOf(error) });
        handleGone(error);
      } finally {
        set((state) => ({ activeRuns: state.activeRuns - 1 }));
      }
      await get().refreshResources();
    }

    async function startSandbox(options?: { readonly fresh?: boolean }) {
      set({ phase: 'starting', startError: undefined });
      try {
        const storedStep = Number(window.localStorage.getItem(stepStorageKey(slug)));
        if (Number.isInteger(storedStep) && storedStep > 0 && storedStep < stepCount) set({ currentStep: storedStep });
      } catch {
        // No storage: start at the first step.
      }
      try {
        const existing = options?.fresh ? undefined : await findLabSandbox(slug);
        const sandbox = existing ?? (await createSandbox(slug));
        adoptSandbox(sandbox);
        if (options?.fresh) notice('info', 'Started a new sandbox.');
        await get().refreshResources();
      } catch (error) {
        set({ phase: 'failed', startError: messageOf(error) });
      }
    }

    return {
      slug,
      stepCount,
      phase: 'starting',
      resourcesLoading: false,
      output: [],
      activeRuns: 0,
      grading: false,
      reportHidden: false,
      resetting: false,
      currentStep: 0,
      narrowPanel: 'instructions',
      gradeRevision: 0,

      start(options) {
        startInFlight ??= startSandbox(options).finally(() => {
          startInFlight = undefined;
        });
        return startInFlight;
      },

      run(command) {
        const trimmed = command.replace(/\s+$/, '');
        if (trimmed.trim() === '') return Promise.resolve();
        const id = nextEntryId++;
        appendEntry({ kind: 'run', id, command: trimmed, state: 'queued' });
        set((state) => ({ activeRuns: state.activeRuns + 1 }));
        // One command at a time, in the order they were asked for, like a terminal.
        runQueue = runQueue.then(() => executeRun(id, trimmed));
        return runQueue;
      },

      async refreshResources(options) {
        const sandbox = get().sandbox;
        if (!sandbox || get().phase !== 'ready') return;
        if (options?.poll && resourcesOutstanding > 0) return;
        const request = ++resourcesRequested;
        resourcesOutstanding++;
        set({ resourcesLoading: true });
        try {
          const resources = await getSandboxResources(sandbox.id);
          if (request < resourcesShown || get().sandbox?.id !== sandbox.id) return;
          resourcesShown = request;
          set({ resources, now: resources.now, resourcesError: undefined });
        } catch (error) {
          if (!handleGone(error)) set({ resourcesError: messageOf(error) });
        } finally {
          resourcesOutstanding--;
          set({ resourcesLoading: resourcesOutstanding > 0 });
        }
      },

      async fastForward(advance) {
        const sandbox = get().sandbox;
        if (!sandbox || get().advancing) return;
        set({ advancing: advance, clockError: undefined });
        try {
          const { now } = await advanceSandboxClock(sandbox.id, advance);
          set({ now });
          notice('info', `Fast-forwarded ${describeAdvance(advance)} of virtual time.`);
        } catch (error) {
          if (!handleGone(error)) set({ clockError: messageOf(error) });
        } finally {
          set({ advancing: undefined });
        }
        await get().refreshResources();
      },

      async check() {
        const sandbox = get().sandbox;
        if (!sandbox || get().grading) return;
        set({ grading: true, gradeError: undefined, reportHidden: false });
        try {
          const grade = await gradeSandbox(sandbox.id);
          set((state) => ({ grade, gradedAt: state.now, gradeRevision: state.gradeRevision + 1, narrowPanel: 'instructions' }));
        } catch (error) {
          if (!handleGone(error)) set((state) => ({ gradeError: messageOf(error), gradeRevision: state.gradeRevision + 1 }));
        } finally {
          set({ grading: false });
        }
      },

      hideReport() {
        set({ reportHidden: true });
      },

      async reset() {
        const sandbox = get().sandbox;
        if (!sandbox || get().resetting) return;
        set({ resetting: true, resetError: undefined });
        try {
          const resetTo = await resetSandbox(sandbox.id);
          set({ sandbox: { ...sandbox, ...resetTo }, grade: undefined, gradeError: undefined, now: resetTo.now ?? get().now });
          notice('warning', 'Sandbox reset to the lab’s initial state.');
        } catch (error) {
          if (!handleGone(error)) set({ resetError: messageOf(error) });
        } finally {
          set({ resetting: false });
        }
        await get().refreshResources();
      },

      clearOutput() {
        set({ output: [] });
      },

      goToStep(index) {
        const bounded = Math.min(Math.max(index, 0), stepCount - 1);
        set({ currentStep: bounded });
        try {
          window.localStorage.setItem(stepStorageKey(slug), String(bounded));
        } catch {
          // The step is then remembered for this page only.
        }
      },

      showNarrowPanel(panel) {
        set({ narrowPanel: panel });
      },

      registerEditor(bridge) {
        editorBridge = bridge;
      },

      sendToEditor(text) {
        set({ narrowPanel: 'terminal' });
        // The editor may mount only now (it was in a hidden tab); give it a frame.
        requestAnimationFrame(() => editorBridge?.insertCommand(text));
      },
    };
  });

  store.subscribe((state, previous) => {
    if (state.output !== previous.output && state.sandbox) writeSessionOutput(state.sandbox.id, state.output);
  });

  return store;
}
