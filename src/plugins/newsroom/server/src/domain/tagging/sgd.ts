/**
 * Averaged stochastic gradient descent for the linear model, after Léon Bottou's svmasgd
 * (https://leon.bottou.org/projects/sgd): the weight vector is stored divided by a scalar so that
 * L2 shrinkage costs O(1) per step instead of O(features), and the running average of the
 * weights is kept the same way, so each step touches only the article's own features.
 *   true weights    w = wVector / wDivisor
 *   true average    a = (aVector + wFraction · wVector) / aDivisor
 */
import type { ModelMode, TopicModel } from './model';
import { seededRandom } from './random';

export interface TrainingSet {
  /** Article i has entries offsets[i] .. offsets[i + 1] of rows/values. */
  offsets: Int32Array;
  rows: Int32Array;
  values: Float32Array;
  labels: number[][];
}

export interface SgdSettings {
  mode: ModelMode;
  epochs: number;
  regularization: number;
  learningRate: number;
  balanceLabels: boolean;
  seed: number;
}

/** |∂loss/∂score| below this is not worth a pass over the article's features. */
const NEGLIGIBLE_GRADIENT = 1e-3;
/** Divisors above this are folded back into the vectors (precision). */
const RENORMALIZE_ABOVE = 1e5;

export class SgdTrainer {
  private readonly labelCount: number;
  private readonly wVector: Float32Array;
  private readonly aVector: Float32Array;
  private wDivisor = 1;
  private aDivisor = 1;
  private wFraction = 0;
  private readonly bias: Float64Array;
  private readonly averageBias: Float64Array;
  private readonly exampleWeights: Float64Array;
  private readonly gradient: Float64Array;
  private readonly scores: Float64Array;
  private readonly steps: Float64Array;
  private readonly averageSteps: Float64Array;
  private readonly active: Int32Array;
  private step = 0;
  /** False during the first pass, when the average is simply the current weights. */
  private averaging = false;

  constructor(
    private readonly model: TopicModel,
    private readonly set: TrainingSet,
    private readonly settings: SgdSettings,
  ) {
    this.labelCount = model.labels.length;
    const size = model.rowCount * this.labelCount;
    this.wVector = new Float32Array(size);
    this.aVector = new Float32Array(size);
    this.bias = new Float64Array(this.labelCount);
    this.averageBias = new Float64Array(this.labelCount);
    this.gradient = new Float64Array(this.labelCount);
    this.scores = new Float64Array(this.labelCount);
    this.steps = new Float64Array(this.labelCount);
    this.averageSteps = new Float64Array(this.labelCount);
    this.active = new Int32Array(this.labelCount);
    this.exampleWeights = this.weighExamples();
  }

  /** Trains, then writes the averaged weights and biases into the model. */
  run(onEpoch: (epoch: number) => void): void {
    const count = this.set.labels.length;
    const order = Int32Array.from({ length: count }, (_, index) => index);
    const random = seededRandom(this.settings.seed);
    // Averaging starts after the first pass: early iterates are far from the optimum.
    const averagingStart = count;
    for (let epoch = 1; epoch <= this.settings.epochs && count > 0 && this.labelCount > 0; epoch++) {
      shuffle(order, random);
      for (const document of order) {
        const { learningRate, regularization } = this.settings;
        const eta = learningRate / Math.pow(1 + regularization * learningRate * this.step, 0.75);
        const mu = 1 / Math.max(1, this.step - averagingStart);
        this.trainOne(document, eta, mu);
        this.step++;
      }
      onEpoch(epoch);
    }
    this.writeAverage();
  }

  /** Single-label: inverse label frequency, so small sections weigh as much as large ones. */
  private weighExamples(): Float64Array {
    const { labels } = this.set;
    const weights = new Float64Array(labels.length).fill(1);
    if (!this.settings.balanceLabels || this.settings.mode !== 'single-label') return weights;
    const counts = new Float64Array(this.labelCount);
    for (const ids of labels) counts[ids[0]]++;
    labels.forEach((ids, index) => {
      weights[index] = labels.length / (this.labelCount * counts[ids[0]]);
    });
    return weights;
  }

  private trainOne(document: number, eta: number, mu: number): void {
    if (this.wDivisor > RENORMALIZE_ABOVE || (this.averaging && this.aDivisor > RENORMALIZE_ABOVE)) this.renormalize();
    const { offsets, rows, values } = this.set;
    const start = offsets[document];
    const end = offsets[document + 1];
    const labelCount = this.labelCount;
    const scores = this.scores;
    const wVector = this.wVector;
    scores.fill(0);
    for (let entry = start; entry < end; entry++) {
      const base = rows[entry] * labelCount;
      const value = values[entry];
      for (let label = 0; label < labelCount; label++) scores[label] += value * wVector[base + label];
    }
    for (let label = 0; label < labelCount; label++) scores[label] = scores[label] / this.wDivisor + this.bias[label];
    this.lossGradient(scores, this.set.labels[document], this.exampleWeights[document]);

    if (mu < 1 && !this.averaging) {
      // Start the average at the current weights: a = (0 + 1 · wVector) / wDivisor = w.
      this.averaging = true;
      this.aDivisor = this.wDivisor;
      this.wFraction = 1;
      this.averageBias.set(this.bias);
    }
    this.wDivisor /= 1 - eta * this.settings.regularization;
    const gradient = this.gradient;
    // Step per label, in the stored scale of wVector, and the compensation the average needs.
    const steps = this.steps;
    const averageSteps = this.averageSteps;
    // One-vs-rest: most labels are far from this article and their gradient is negligible;
    // updating only the others makes a step cost O(features × labels that matter).
    const active = this.active;
    let activeCount = 0;
    for (let label = 0; label < labelCount; label++) {
      if (Math.abs(gradient[label]) < NEGLIGIBLE_GRADIENT) {
        gradient[label] = 0;
        continue;
      }
      gradient[label] *= -eta;
      steps[activeCount] = gradient[label] * this.wDivisor;
      averageSteps[activeCount] = -steps[activeCount] * this.wFraction;
      active[activeCount++] = label;
    }
    const aVector = this.aVector;
    const averaging = this.averaging;
    for (let entry = start; entry < end; entry++) {
      const base = rows[entry] * labelCount;
      const value = values[entry];
      for (let index = 0; index < activeCount; index++) {
        const cell = base + active[index];
        wVector[cell] += steps[index] * value;
        if (averaging) aVector[cell] += averageSteps[index] * value;
      }
    }
    for (let label = 0; label < labelCount; label++) this.bias[label] += gradient[label];

    if (this.averaging) {
      this.aDivisor /= 1 - mu;
      this.wFraction += (mu * this.aDivisor) / this.wDivisor;
      for (let label = 0; label < labelCount; label++)
        this.averageBias[label] += mu * (this.bias[label] - this.averageBias[label]);
    }
  }

  /** ∂loss/∂score per label, times the example's weight, into this.gradient. */
  private lossGradient(scores: Float64Array, labels: readonly number[], weight: number): void {
    const gradient = this.gradient;
    if (this.settings.mode === 'multi-label') {
      for (let label = 0; label < this.labelCount; label++) gradient[label] = 1 / (1 + Math.exp(-scores[label]));
    } else {
      let max = Number.NEGATIVE_INFINITY;
      for (const score of scores) max = Math.max(max, score);
      let sum = 0;
      for (let label = 0; label < this.labelCount; label++) sum += gradient[label] = Math.exp(scores[label] - max);
      for (let label = 0; label < this.labelCount; label++) gradient[label] /= sum;
    }
    for (const label of labels) gradient[label] -= 1;
    for (let label = 0; label < this.labelCount; label++) gradient[label] *= weight;
  }

  private renormalize(): void {
    const { aVector, wVector } = this;
    if (!this.averaging) {
      const wScale = 1 / this.wDivisor;
      for (let index = 0; index < wVector.length; index++) wVector[index] *= wScale;
      this.wDivisor = 1;
      return;
    }
    const aScale = 1 / this.aDivisor;
    const fraction = this.wFraction / this.aDivisor;
    const wScale = 1 / this.wDivisor;
    for (let index = 0; index < wVector.length; index++) {
      aVector[index] = aVector[index] * aScale + wVector[index] * fraction;
      wVector[index] *= wScale;
    }
    this.wDivisor = 1;
    this.aDivisor = 1;
    this.wFraction = 0;
  }

  private writeAverage(): void {
    this.renormalize();
    this.model.weights = Float32Array.from(this.averaging ? this.aVector : this.wVector);
    this.model.bias = Float64Array.from(this.averaging ? this.averageBias : this.bias);
    this.model.trainedRowCount = this.model.rowCount;
  }
}

function shuffle(order: Int32Array, random: () => number): void {
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    const kept = order[index];
    order[index] = order[other];
    order[other] = kept;
  }
}
