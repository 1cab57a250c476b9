/** The steps of bringing a shop up, for callers that print a heading before each or time them. */
export type Step =
  | "migrate"
  | "reindex"
  | "seed"
  | "backend build"
  | "backend start"
  | "cluster start"
  | "storefront build"
  | "storefront start"

/** Runs `work`, the step named `step`; a caller's runner wraps it to print or time it. */
export type StepRunner = <T>(step: Step, work: () => Promise<T>) => Promise<T>

export const unwatched: StepRunner = (_step, work) => work()

/** A runner that logs how long each step took and keeps it in `timings` (seconds). */
export function timedSteps(log: (line: string) => void, timings: Record<string, number> = {}): StepRunner {
  return async (step, work) => {
    const started = Date.now()
    const result = await work()
    timings[step] = (Date.now() - started) / 1000
    log(`${step}: ${timings[step].toFixed(1)} s`)
    return result
  }
}
