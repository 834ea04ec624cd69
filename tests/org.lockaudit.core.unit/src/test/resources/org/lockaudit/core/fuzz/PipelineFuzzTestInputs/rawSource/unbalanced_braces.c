void spin_lock(int*);
int l;
void f(void) { spin_lock(&l); { { }
void g(void) } } }
