void spin_lock(int*);
int l;
int f(int x)
{
    spin_lock(&l);
    if (x) { return (x +