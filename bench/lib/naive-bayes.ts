/**
 * The baseline the topic model has to beat: plain multinomial naive Bayes over the text core's
 * analyzed terms (unigram stems of title and text), raw counts, Laplace smoothing, label priors.
 * Used by `npm run eval:topics -- --model nb` so both figures come from one tool and one split.
 */
import { analyze } from '../../src/plugins/newsroom/server/src/domain/text';

export interface NaiveBayesExample {
  text: string;
  label: string;
}

export class NaiveBayes {
  private readonly labels: string[] = [];
  private readonly labelIds = new Map<string, number>();
  private readonly termCounts = new Map<string, number[]>();
  private documentCounts: number[] = [];
  private totalTerms: number[] = [];
  private logPriors: number[] = [];
  private logDenominators: number[] = [];

  constructor(private readonly smoothing = 1) {}

  train(examples: Iterable<NaiveBayesExample>, onExample?: (done: number) => void): void {
    let done = 0;
    for (const { text, label } of examples) {
      const id = this.labelId(label);
      this.documentCounts[id]++;
      for (const { term } of analyze(text)) {
        let counts = this.termCounts.get(term);
        if (counts === undefined) this.termCounts.set(term, (counts = []));
        counts[id] = (counts[id] ?? 0) + 1;
        this.totalTerms[id]++;
      }
      onExample?.(++done);
    }
    const documents = this.documentCounts.reduce((sum, count) => sum + count, 0);
    const vocabularySize = this.termCounts.size;
    this.logPriors = this.documentCounts.map((count) => Math.log(count / documents));
    this.logDenominators = this.totalTerms.map((total) => Math.log(total + this.smoothing * vocabularySize));
  }

  /** The most probable label; terms never seen in training are ignored, as usual. */
  predict(text: string): string {
    const scores = [...this.logPriors];
    for (const { term } of analyze(text)) {
      const counts = this.termCounts.get(term);
      if (counts === undefined) continue;
      for (let id = 0; id < scores.length; id++)
        scores[id] += Math.log((counts[id] ?? 0) + this.smoothing) - this.logDenominators[id];
    }
    let best = 0;
    for (let id = 1; id < scores.length; id++) if (scores[id] > scores[best]) best = id;
    return this.labels[best];
  }

  private labelId(label: string): number {
    let id = this.labelIds.get(label);
    if (id === undefined) {
      id = this.labels.length;
      this.labels.push(label);
      this.labelIds.set(label, id);
      this.documentCounts.push(0);
      this.totalTerms.push(0);
    }
    return id;
  }
}
