// The worker behind render-in-worker.ts, as a thread (Electron) or a child process (the web host): renders each
// DOCX, PDF or ODT export posted to it from its plain-data model and posts the bytes back (a thread transfers them).
// The host ends it after a short idle time, and docx's and pdfmake's memory goes with it. Bundled by
// scripts/build.mjs to dist/web/export-worker.cjs and dist/main/export-worker.cjs (and by bench/bench.mjs).
import { parentPort } from 'node:worker_threads';
import { renderListDocx } from './lists.docx';
import { renderListOdt } from './lists.odt';
import { renderListPdf } from './lists.pdf';
import { renderMinutesDocx } from './minutes.docx';
import { renderMinutesOdt } from './minutes.odt';
import { renderMinutesPdf } from './minutes.pdf';
import type { BinaryFormat, ExportJob, ExportWorkerData, ExportWorkerMessage, ExportWorkerReply } from './render-in-worker';
import { renderReportDocx, renderReportOdt, renderReportPdf } from './reports.export';

async function render(job: ExportJob, format: BinaryFormat): Promise<Uint8Array> {
  switch (job.kind) {
    case 'minutes':
      return format === 'docx' ? renderMinutesDocx(job.model) : format === 'odt' ? renderMinutesOdt(job.model) : renderMinutesPdf(job.model);
    case 'list':
      return format === 'docx' ? renderListDocx(job.doc) : format === 'odt' ? renderListOdt(job.doc) : renderListPdf(job.doc);
    case 'report': {
      // A Buffer arrives as a plain Uint8Array; the renderers use Buffer's base64 encoding.
      const charts = job.charts.map((c) => ({ ...c, png: Buffer.from(c.png.buffer, c.png.byteOffset, c.png.byteLength) }));
      if (format === 'odt') return renderReportOdt(job.report, charts);
      return format === 'docx' ? renderReportDocx(job.report, charts) : renderReportPdf(job.report, charts);
    }
  }
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
