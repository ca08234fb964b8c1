// The stress test off the main thread (a module Web Worker; src/widgets/LoanStress.svelte starts
// it). It imports the model's simulator and nothing else.
//
// Protocol, each message tagged with the run's id:
//   in:  { id, type?: 'run', inputs: StressInputs }  starts a run (and abandons any run in progress)
//        { id, type: 'cancel' }                       stops run `id` after its current chunk
//   out: { id, type: 'progress', done, total }         after every chunk of paths
//        { id, type: 'done', result: StressResult }    the percentile array's buffer is transferred
//        { id, type: 'error', message }                the inputs were refused (ModelInputError)
// Between chunks the worker yields (setTimeout 0), so a cancel or a new run is read promptly.
import { createStressSimulator, type StressInputs, type StressResult } from '../model/stressTest.ts';

export type StressRequest = { id: number; type?: 'run'; inputs: StressInputs } | { id: number; type: 'cancel' };
export type StressReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; result: StressResult }
  | { id: number; type: 'error'; message: string };

/** Paths per chunk: about 10–20 ms of work at the defaults, between which messages are read. */
export const stressChunkPaths = 250;

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
    const from = sim.done;
    const to = Math.min(total, from + stressChunkPaths);
    sim.simulate(from, to);
    scope.postMessage({ id, type: 'progress', done: to, total });
    if (to < total) {
      setTimeout(step, 0);
      return;
    }
    current = null;
    const result = sim.result();
    scope.postMessage({ id, type: 'done', result }, [result.dscrPercentiles.buffer]);
  };
  setTimeout(step, 0);
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') {
    if (current === message.id) current = null;
    return;
  }
  run(message.id, message.inputs);
};
