// The job summary. The runner rejects a step summary over 1 MiB (UTF-8 bytes),
// so longer Markdown is cut at a line end and says so.
import * as core from '@actions/core';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export function fitSummary(markdown: string, limitBytes = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limitBytes) return markdown;
  const note = '\n\n_… the rest was cut: GitHub limits a job summary to 1 MiB. See the job log._\n';
  const budget = limitBytes - Buffer.byteLength(note, 'utf8');
  let cut = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8');
  // A multi-byte character split by the byte cut decodes as U+FFFD: drop it.
  cut = cut.replace(/\uFFFD$/, '');
  const lineEnd = cut.lastIndexOf('\n');
  return `${lineEnd > 0 ? cut.slice(0, lineEnd) : cut}${note}`;
}

export async function writeSummary(markdown: string): Promise<void> {
  // Outside a runner (no GITHUB_STEP_SUMMARY) there is nowhere to write.
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(fitSummary(markdown)).write();
}
