#define F(x spin_unlock(&l); ) x, x
int v[] = { F(F(F(F(F(while (x) {while (x) {while (x) {while (x) {while (x) {while (x) {while (x) {while (x) {F}}}}}}}(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(F(1))))))))))))))))))))))))))))))))))))))) ;
