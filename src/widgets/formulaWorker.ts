// One notebook worker per page (src/workers/notebook.worker.ts), shared by every formula block on
// it: started by the first block that needs an answer, never on first load. Each block asks with
// its cells and the scenario and gets its own answer back; an answer to an older question of the
// same block is dropped by the block (it compares the id it was given).
import type { FigureContext } from '../figures/context.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { NotebookReply, NotebookRequest } from '../workers/notebook.worker.ts';

type Listener = (reply: NotebookReply) => void;

let worker: Worker | null = null;
let failure = '';
let nextId = 0;
let contextSent = false;
const listeners = new Map<number, Listener>();

function start(): Worker | null {
  if (worker || failure) return worker;
  try {
    worker = new Worker(new URL('../workers/notebook.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<NotebookReply>) => {
      const listen = listeners.get(event.data.id);
      listeners.delete(event.data.id);
      listen?.(event.data);
    };
    worker.onerror = () => {
      failure = 'The formula engine could not be loaded; reload the page to try again.';
      for (const [id, listen] of listeners) listen({ id, type: 'error', message: failure });
      listeners.clear();
    };
  } catch {
    failure = 'This browser cannot run the formula engine (module workers are needed).';
  }
  return worker;
}

/** A copy a worker can receive (reading every property, so a Svelte effect that calls this tracks them all). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Asks the worker for the results of `cells` at `scenario`; `answer` gets the reply. Returns the
 * question's id (for dropping stale answers), or the reason the engine cannot run.
 */
export function askFormulas(scenario: Scenario, cells: readonly string[], context: FigureContext, answer: Listener): { id: number } | { failure: string } {
  const request: NotebookRequest = { id: ++nextId, scenario: plain(scenario), cells: plain([...cells]) };
  const w = start();
  if (!w) return { failure };
  if (!contextSent) {
    request.context = plain(context);
    contextSent = true;
  }
  listeners.set(request.id, answer);
  w.postMessage(request);
  return { id: request.id };
}
