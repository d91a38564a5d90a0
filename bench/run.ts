// `npm run bench`: every benchmark, one line of figures each. Targets (rules < 20 ms, command line
// < 3 s, read 1 sync and write ≤ 2, consolidate 300 files < 30 s) are read off these lines, never asserted by timed tests.

import { benchCli } from "./cli";
import { benchConsolidate } from "./consolidate";
import { benchRules } from "./rules";
import { benchSyncs } from "./syncs";

await benchRules();
await benchSyncs();
await benchCli();
await benchConsolidate();
