// The ledger tests open SQLite and PostgreSQL ledgers and run their migrations. Run in parallel, a query in one
// class and the migrations of another occasionally met EF Core's model half-initialised ("The model must be
// finalized ... before 'GetRelationalModel' can be used"); seen once in ~5 full runs, never in a class alone.
// They take a few seconds in series, so they run in series rather than flake.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
