#define X
#undef X
#pragma once
#line 99999999 "x.c"
#include "fuzz.c"
