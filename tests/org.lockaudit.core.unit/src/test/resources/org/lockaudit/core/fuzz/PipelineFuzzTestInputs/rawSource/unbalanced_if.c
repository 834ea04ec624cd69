#if 1
void f(void) {
#else
}
#endif
#endif
#if 0
int x;
