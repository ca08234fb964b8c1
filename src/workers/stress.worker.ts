// The stress test off the main thread (a module Web Worker; src/widgets/LoanStress.svelte starts
// it). It imports the model's simulator and nothing else.
//
// Protocol, each message tagged with the run's id:
//   in:  { id, type?: 'run', inputs: StressInputs }  starts a run (and abandons any run in progress)
//        { id, type: 'cancel' }                       stops run `id` after its current chunk
//   out: { id, type: 'progress', done, total }         after every chunk of paths
//        { id, type: 'done', result: StressResult }    the percentile array's buffer is transferred
//        { id, type: 'error', message }                the inputs were refused (ModelInputError)
// Between slices the worker yields through a MessageChannel (a setTimeout 0 would be clamped to
// 4 ms once nested), so a cancel or a new run is read promptly.
import { createStressSimulator, type StressInputs, type StressResult } from '../model/stressTest.ts';

export type StressRequest = { id: number; type?: 'run'; inputs: StressInputs } | { id: number; type: 'cancel' };
export type StressReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; result: StressResult }
  | { id: number; type: 'error'; message: string };

/** Paths simulated between checks of the clock. */
export const stressChunkPaths = 50;
/** Work per slice before the worker reports progress and reads its messages, ms. */
export const stressSliceMs = 25;

// Yielding: a message to ourselves queues a task behind any message already waiting.
const channel = new MessageChannel();
let resume: (() => void) | null = null;
// One continuation at a time: a message queued by a run since replaced resumes the current one once.
channel.port1.onmessage = () => {
  const next = resume;
  resume = null;
  next?.();
};
const yieldThen = (next: () => void) => {
  resume = next;
  channel.port2.postMessage(null);
};

interface WorkerScope {
  onmessage: ((event: MessageEvent<StressRequest>) => void) | null;
  postMessage(message: StressReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** The run in progress, or null. */
let current: number | null = null;

function run(id: number, inputs: StressInputs): void {
  current = id;
  let sim: ReturnType<typeof createStressSimulator>;
  try {
    sim = createStressSimulator(inputs);
  } catch (error) {
    current = null;
    scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  const total = inputs.paths;
  const step = () => {
    if (current !== id) return; // cancelled, or replaced by a newer run
    const sliceEnd = performance.now() + stressSliceMs;
    let to = sim.done;
    do {
      to = Math.min(total, sim.done + stressChunkPaths);
      sim.simulate(sim.done, to);
    } while (to < total && performance.now() < sliceEnd);
    scope.postMessage({ id, type: 'progress', done: to, total });
    if (to < total) {
      yieldThen(step);
      return;
    }
    current = null;
    const result = sim.result();
    scope.postMessage({ id, type: 'done', result }, [result.dscrPercentiles.buffer]);
  };
  yieldThen(step);
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') {
    if (current === message.id) current = null;
    return;
  }
  run(message.id, message.inputs);
};
