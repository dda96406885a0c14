import { cpus, loadavg, totalmem } from 'os';

/** The machine a bench ran on, recorded beside its figures (the load average says how quiet it was). */
export interface Machine {
  cpus: number;
  model: string | undefined;
  memoryGiB: number;
  loadAverage: number;
}

export const machineFacts = (): Machine => ({
  cpus: cpus().length,
  model: cpus()[0]?.model.trim(),
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  loadAverage: loadavg()[0],
});
