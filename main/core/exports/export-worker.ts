// The worker behind render-in-worker.ts, as a thread (Electron) or a child process (the web host): renders each
// DOCX, PDF or ODT export posted to it from its plain-data document and posts the bytes back (a thread transfers them).
// The host ends it after a short idle time, and docx's and pdfmake's memory goes with it. Bundled by
// scripts/build.mjs to dist/web/export-worker.cjs and dist/main/export-worker.cjs (and by bench/bench.mjs).
import { parentPort } from 'node:worker_threads';
import { renderBinary } from './document.render';
import type { BinaryFormat, ExportJob, ExportWorkerData, ExportWorkerMessage, ExportWorkerReply } from './render-in-worker';

function render(job: ExportJob, format: BinaryFormat): Promise<Uint8Array> {
  return renderBinary(job, format);
}

async function handle(data: ExportWorkerData, send: (reply: ExportWorkerReply, transfer: ArrayBuffer[]) => void): Promise<void> {
  const { job, format } = data;
  let reply: ExportWorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const rendered = await render(job, format);
    // A Buffer may be a view on a larger (pooled) ArrayBuffer: transfer exactly the bytes of the file.
    const bytes =
      rendered.byteOffset === 0 && rendered.byteLength === rendered.buffer.byteLength && rendered.buffer instanceof ArrayBuffer
        ? new Uint8Array(rendered.buffer)
        : new Uint8Array(rendered);
    reply = { ok: true, bytes };
    transfer = [bytes.buffer as ArrayBuffer];
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  send(reply, transfer);
}

// The host falls back to rendering itself only while it has not heard `ready`: a worker that loaded and then
// failed is an export that failed.
const READY: ExportWorkerMessage = { ready: true };
if (parentPort) {
  const port = parentPort;
  port.on('message', (data: ExportWorkerData) => void handle(data, (reply, transfer) => port.postMessage(reply, transfer)));
  port.postMessage(READY);
} else if (process.send) {
  const send = process.send.bind(process);
  process.on('message', (data: ExportWorkerData) => void handle(data, (reply) => send(reply)));
  // The host went away (or ended the worker): nothing is left to render for.
  process.on('disconnect', () => process.exit(0));
  send(READY);
} else {
  throw new Error('export-worker.cjs draait alleen als worker van Coalitietafel (thread of kindproces).');
}
