/* Seed: a header's static inline functions using macros a unit may redefine (blank-body differential). */
#ifndef FUZZ_H
#define FUZZ_H
typedef struct { int v; } spinlock_t;
void spin_lock(spinlock_t *l);
void spin_unlock(spinlock_t *l);
void spin_lock_irq(spinlock_t *l);
#ifdef FUZZ_U2
#define OBJ_LOCK(o) spin_lock_irq(&(o)->lock)
#else
#define OBJ_LOCK(o) spin_lock(&(o)->lock)
#endif
#define OBJ_UNLOCK(o) spin_unlock(&(o)->lock)
#define TOUCH(o, f) ((o)->f++)
#define PASTE(a, b) a##b
struct obj { spinlock_t lock; int a; int b; };
static inline void obj_a(struct obj *o) { OBJ_LOCK(o); TOUCH(o, a); OBJ_UNLOCK(o); }
static inline int obj_b(struct obj *o)
{
    int r;
    spin_lock(&o->lock);
    r = o->b;
    spin_unlock(&o->lock);
    return r;
}
static inline void obj_p(struct obj *o) { PASTE(obj_, a)(o); }
static inline void obj_all(struct obj *o) { obj_a(o); (void)obj_b(o); obj_p(o); }
#endif
