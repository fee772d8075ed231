import { loadCentres } from "../../lib/registry/load";

/** The centres as the build read them: what the pages must show, whatever the registry holds today. */
export const registryCentres = loadCentres();
