// A download's progress in Dutch: one line rewritten in place on a terminal, every 10 % otherwise (CI logs).
export function progressReporter(what) {
  const tty = process.stdout.isTTY;
  let shown = -1;
  return {
    update({ transferred, total, percent }) {
      const step = Math.floor((percent ?? 0) * 100);
      if (step === shown || (!tty && step % 10 !== 0)) return;
      shown = step;
      const size = total ? ` (${mb(transferred)} van ${mb(total)} MB)` : ` (${mb(transferred)} MB)`;
      const line = `${what} downloaden: ${step}%${size}`;
      if (tty) process.stdout.write(`\r${line}`);
      else console.log(line);
    },
    done() {
      if (tty && shown >= 0) process.stdout.write('\n');
    },
  };
}

function mb(bytes) {
  return (bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
}
