/* Fuzz seed: lock idioms (written for LockAudit's fuzzing). */
typedef struct { int v; } spinlock_t;
struct dev { spinlock_t lock; int count; struct dev *next; };
static spinlock_t list_lock;
void spin_lock(spinlock_t *l);
void spin_unlock(spinlock_t *l);
int spin_trylock(spinlock_t *l);
unsigned long spin_lock_irqsave_f(spinlock_t *l);

static int bump(struct dev *d, int x)
{
    int ret = 0;
    spin_lock(&d->lock);
    if (x < 0) {
        ret = -1;
        goto out;
    }
    d->count += x;
out:
    spin_unlock(&d->lock);
    return ret;
}

int try_bump(struct dev *d)
{
    if (!spin_trylock(&d->lock))
        return 0;
    d->count++;
    spin_unlock(&d->lock);
    return 1;
}

void walk(struct dev *head)
{
    struct dev *d;
    spin_lock(&list_lock);
    for (d = head; d; d = d->next) {
        if (d->count > 10)
            continue;
        bump(d, 1);
    }
    spin_unlock(&list_lock);
}

void leak(struct dev *d, int c)
{
    spin_lock(&d->lock);
    if (c)
        return;
    spin_unlock(&d->lock);
}

void twice(struct dev *d)
{
    spin_lock(&list_lock);
    spin_lock(&d->lock);
    spin_unlock(&list_lock);
    spin_lock(&list_lock);
    spin_unlock(&d->lock);
    spin_unlock(&list_lock);
}
