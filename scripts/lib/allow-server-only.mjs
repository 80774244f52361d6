// For scripts that run the app's server modules outside Next (the benchmark): `server-only` throws unless
// imported under React's server condition, which would change how React and Next resolve. This resolve
// hook maps just that marker module to an empty one.
import { register } from "node:module";

register("data:text/javascript," + encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return next(specifier, context);
}`));
