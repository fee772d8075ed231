/** `npm run data:report`: what each centre's record lacks or has not had confirmed; the to-do list for the phone round. */
import { readRegistryFiles, registryContext } from "../lib/registry/load";
import { formatReport, registryReport } from "../lib/registry/report";
import { validateRegistry } from "../lib/registry/validate";

const { records, warnings } = validateRegistry(readRegistryFiles(), registryContext());
console.log(formatReport(registryReport(records), warnings));
