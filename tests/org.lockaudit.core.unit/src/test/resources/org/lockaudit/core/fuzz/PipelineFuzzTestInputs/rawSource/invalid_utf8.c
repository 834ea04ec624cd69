void f(void) { char *s = "Ã(ÿí €"; int þþ = 1; }
