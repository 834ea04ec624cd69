#define R R
#define S(x) S(x) x
#define spin_lock(x) spin_lock(x)
int a = R + S(1);
void f(int *l) { spin_lock(l); }
