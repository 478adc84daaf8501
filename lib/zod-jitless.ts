// Zod 4 compiles object parsers with Function() unless told not to. The app's Content-Security-Policy has no
// 'unsafe-eval' (lib/http/security-headers.ts), so in the browser that probe is refused and reported as a
// violation; imported once by the client providers, this makes the browser's zod interpret instead.
import { z } from "zod";

z.config({ jitless: true });
