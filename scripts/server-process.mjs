// How every launcher (npm start, the browser tests' server, the benchmarks) runs the production server.
//   --max-semi-space-size=64: V8's young generation grows to 64 MiB per half instead of 16. When a whole class
//   starts a quiz at once, hundreds of requests are in flight, and their short-lived objects outlived the small young
//   generation: the collector copied them over and over, 10 % of the app's one core. With more room they die young
//   (bench/README.md, "The bell": the at-once step's first-save p99 from 1.0–1.9 s to 0.4–1.5 s).
export const SERVER_ARGS = ['--max-semi-space-size=64', 'scripts/serve.mjs'];
