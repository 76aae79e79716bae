// The model: wink's naive Bayes text classifier, trained on the corpus's training split.
// Two releases differ only in what they were trained on, as real releases often do.
import { createRequire } from 'node:module';
import { loadExamples } from './corpus.mjs';

const require = createRequire(import.meta.url);
const naiveBayesTextClassifier = require('wink-naive-bayes-text-classifier');
const nlpUtils = require('wink-nlp-utils');

/**
 * - previous: trained on every collection in the training split.
 * - candidate: "retrained on fresh mail", i.e. only the later collections (easy-ham-2, spam-2).
 *   It forgets the older mailing-list ham and the look-alike "hard" ham, so it starts flagging
 *   legitimate mail as spam: the false-positive regression a spam filter must not ship.
 */
export const releases = {
  previous: { description: 'trained on all training mail', trainsOn: () => true },
  candidate: {
    description: 'retrained on the latest collections only (easy-ham-2, spam-2)',
    trainsOn: (example) => example.source === 'easy-ham-2' || example.source === 'spam-2',
  },
};

// Porter stemming dominates the run time; a mail corpus repeats its words, so remember them.
const stems = new Map();
function stem(word) {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = nlpUtils.string.stem(word);
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** lower case → tokens → without stop words → stems. */
function tokensOf(text) {
  const tokens = nlpUtils.string.tokenize0(nlpUtils.string.lowerCase(text));
  return nlpUtils.tokens.removeWords(tokens).map(stem);
}

/**
 * Trains the named release from the corpus (deterministic: same data, same order, no
 * randomness in the classifier) and returns its predict function and training size.
 */
export function trainSpamFilter(releaseName) {
  const release = releases[releaseName];
  if (release === undefined) {
    throw new Error(`unknown release "${releaseName}" (expected one of: ${Object.keys(releases).join(', ')})`);
  }
  const classifier = naiveBayesTextClassifier();
  classifier.definePrepTasks([tokensOf]);
  const training = loadExamples().filter((example) => example.split === 'train' && release.trainsOn(example));
  for (const example of training) classifier.learn(example.input, example.expected);
  classifier.consolidate();
  // wink answers "unknown" when no word of the text was seen in training; that is the output.
  return { predict: (text) => classifier.predict(text), trainedOn: training.length, description: release.description };
}
