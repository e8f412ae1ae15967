namespace PolicyRules.Benchmarks.EligibilityRules;

// Ten marker types, one per programme edition. Kept together: they differ only in their index.

public sealed class Edition0 : IEdition { public static int Index => 0; }

public sealed class Edition1 : IEdition { public static int Index => 1; }

public sealed class Edition2 : IEdition { public static int Index => 2; }

public sealed class Edition3 : IEdition { public static int Index => 3; }

public sealed class Edition4 : IEdition { public static int Index => 4; }

public sealed class Edition5 : IEdition { public static int Index => 5; }

public sealed class Edition6 : IEdition { public static int Index => 6; }

public sealed class Edition7 : IEdition { public static int Index => 7; }

public sealed class Edition8 : IEdition { public static int Index => 8; }

public sealed class Edition9 : IEdition { public static int Index => 9; }
