/** npm run knowledge: writes src/core/knowledge/snippets.gen.json from the snippet source files beside the knowledge. */
import { writeFileSync } from 'node:fs';
import { readSnippetFiles, SNIPPET_JSON, snippetJson } from './snippet-files';

const files = readSnippetFiles();
writeFileSync(SNIPPET_JSON, snippetJson(files));
console.log(`${Object.keys(files).length} snippet files → src/core/knowledge/snippets.gen.json`);
