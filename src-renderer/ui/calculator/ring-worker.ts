/**
 * Runs swift-ring-builder commands off the page's thread: a part power 20 rebalance takes
 * seconds. Imports only DOM-free lib code (through ring-protocol).
 */
import { answer, type RingRequest } from './ring-protocol';

addEventListener('message', (event: MessageEvent<RingRequest>) => {
  const response = answer(event.data);
  // the worker keeps nothing, so the ring bytes can move instead of being copied
  const transfer = response.ok && response.files.ring ? [response.files.ring.buffer] : [];
  postMessage(response, { transfer });
});
