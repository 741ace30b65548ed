// Reads a JSON list of [name, code] pairs of JavaScript snippets on stdin and parses each as an ES
// module with V8 (as `node --check` does), without running it; prints 'ok', or each that does not parse.
// Run with --experimental-vm-modules.
import vm from 'node:vm';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const bad = [];
for (const [name, code] of JSON.parse(input)) {
  try {
    new vm.SourceTextModule(code, { identifier: name });
  } catch (e) {
    bad.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
console.log(bad.length > 0 ? bad.join('\n') : 'ok');
