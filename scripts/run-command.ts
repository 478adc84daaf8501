// Runs a child process with inherited output and resolves with its exit code; shared by the start and test runners.
import { spawn, type ChildProcess } from "node:child_process";

export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
  });
}

export function startCommand(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env });
}

/** Binaries of the project's own dependencies, without npx's start-up cost. */
export const bin = (name: string) => `node_modules/.bin/${name}`;
