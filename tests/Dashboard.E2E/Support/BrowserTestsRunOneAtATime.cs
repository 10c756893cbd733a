// Each browser test class starts its own app and chromium: on a 2-core machine running them side
// by side makes every page wait for the others (the overview test timed out at load 35).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
