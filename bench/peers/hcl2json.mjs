// Parses the Terraform files listed in the file given as argument (one path per line) with
// @cdktf/hcl2json (HCL to JSON, parsing only, no rules), as one process, and prints how many
// files it parsed and how many it could not.
import { readFileSync } from "node:fs";
import { parse } from "@cdktf/hcl2json";

const files = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
let failed = 0;
for (const file of files) {
  try {
    await parse(file, readFileSync(file, "utf8"));
  } catch {
    failed++;
  }
}
console.log(`hcl2json: ${files.length - failed} files parsed, ${failed} not parsed`);
