/*
 * spinlock.h - lock primitives.  Only declared: the analyser knows them as
 * acquire/release operations and never needs their bodies.
 */
#ifndef MODEL_SPINLOCK_H
#define MODEL_SPINLOCK_H

#include <lib.h>

typedef struct {
	int raw;
	int recurse_cnt;
} spinlock_t;

#define DEFINE_SPINLOCK(l)	spinlock_t l = { 0, 0 }
#define spin_lock_init(l)	do { *(l) = (spinlock_t){ 0, 0 }; } while (0)

void spin_lock(spinlock_t *l);
void spin_unlock(spinlock_t *l);
int spin_trylock(spinlock_t *l);
void spin_lock_recursive(spinlock_t *l);
void spin_unlock_recursive(spinlock_t *l);
int spin_is_locked(const spinlock_t *l);

/* IRQ-safe variants; the irqsave form hands back the previous IRQ state. */
unsigned long _spin_lock_irqsave(spinlock_t *l);
void spin_unlock_irqrestore(spinlock_t *l, unsigned long flags);
#define spin_lock_irqsave(l, f)	((f) = _spin_lock_irqsave(l))
void spin_lock_irq(spinlock_t *l);
void spin_unlock_irq(spinlock_t *l);

/* Reader/writer lock for read-mostly tables. */
typedef struct {
	int cnt;
} rwlock_t;

#define DEFINE_RWLOCK(l)	rwlock_t l = { 0 }

void read_lock(rwlock_t *l);
void read_unlock(rwlock_t *l);
void write_lock(rwlock_t *l);
void write_unlock(rwlock_t *l);

#endif /* MODEL_SPINLOCK_H */
