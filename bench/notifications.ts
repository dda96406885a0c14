/**
 * Notifications (issue #18 item 3): what they cost a workflow transition.
 *
 *   npm run bench:notifications [-- --moves 200]
 *
 * A real Strapi on a temporary SQLite database (tests/helpers/strapi) with e-mail on, through a real local SMTP
 * server (tests/helpers/smtp). A writer submits and an editor requests changes, over and over, through the admin
 * route (HTTP, as the admin does); each request for changes notifies the writer on three channels (centre,
 * e-mail, webhook outbox event). The notifications run after the move's commit (kick), so what a transition pays
 * is the onCommit hook and the competition for the database with the previous moves' notifications. Moves are
 * timed with `notifications.enabled` on and off, alternating in blocks of 10 so the machine's load falls on
 * both alike; p50 and p99 of each. Wall-clock figures: the load average is printed.
 */
import { cpus, loadavg } from 'os';
import { numberArgument } from '../scripts/lib/args';
import { startTestStrapi } from '../tests/helpers/strapi';
import { startOwnSmtp } from '../tests/helpers/smtp';
import { asAdmin, cmPath, paragraphs, signInAs, takeTransition } from '../tests/helpers/admin';
import { ARTICLE_UID } from '../src/plugins/newsroom/core/model';

const percentile = (values: number[], fraction: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  const moves = numberArgument(process.argv.slice(2), 'moves', 200);
  const smtp = await startOwnSmtp();
  const app = await startTestStrapi({ NEWSROOM_SMTP_URL: smtp.url });
  const { strapi } = app;
  try {
    const writer = asAdmin(strapi, await signInAs(strapi, 'strapi-author'));
    const editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
    const created = await writer.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
      title: 'خبر القياس',
      body: paragraphs('نص'),
    });
    const documentId = (created.body.data as { documentId: string }).documentId;
    const setEnabled = (enabled: boolean) =>
      strapi.config.set('plugin::newsroom.notifications', {
        ...(strapi.config.get('plugin::newsroom.notifications') as object),
        enabled,
      });
    const timed = { on: [] as number[], off: [] as number[] };
    const move = async (mode: 'on' | 'off') => {
      const submit = await takeTransition(writer, documentId, { locale: 'ar', transition: 'submit' });
      const started = process.hrtime.bigint();
      const sent = await takeTransition(editor, documentId, {
        locale: 'ar',
        transition: 'request_changes',
        reason: 'المصادر ناقصة',
      });
      timed[mode].push(Number(process.hrtime.bigint() - started) / 1e6);
      if (submit.status !== 200 || sent.status !== 200)
        throw new Error(`move refused: ${submit.status} ${sent.status}`);
    };
    // Warm-up, then blocks of 10 alternating.
    for (let i = 0; i < 10; i += 1) await move('off');
    timed.off = [];
    const loadBefore = loadavg()[0];
    for (let block = 0; block < moves / 10; block += 1) {
      const mode = block % 2 === 0 ? 'on' : 'off';
      setEnabled(mode === 'on');
      for (let i = 0; i < 10; i += 1) await move(mode);
    }
    setEnabled(true);
    await (strapi.plugin('newsroom').service('notifications') as { tick(): Promise<number> }).tick();
    console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}`);
    console.log(`load average: ${loadBefore.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`);
    for (const mode of ['off', 'on'] as const)
      console.log(
        `request_changes with notifications ${mode}: n=${timed[mode].length} p50 ${ms(percentile(timed[mode], 0.5))} p99 ${ms(percentile(timed[mode], 0.99))}`,
      );
    console.log(
      `p99 difference: ${ms(percentile(timed.on, 0.99) - percentile(timed.off, 0.99))}; e-mails received: ${smtp.messages.length}`,
    );
  } finally {
    await app.teardown();
    await smtp.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
