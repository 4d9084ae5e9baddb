/** Where a command writes: the process's streams, or (in the CLI tests, in-process) a buffer. */
export interface CliOutput {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}
