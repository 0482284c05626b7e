// Worker thread entry: TypeScript is compiled on the fly by tsx, as in the CLI's bin.
import { register } from 'tsx/esm/api';

register();
await import('./scan-worker.ts');
