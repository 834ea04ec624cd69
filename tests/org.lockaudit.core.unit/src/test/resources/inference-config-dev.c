typedef struct { int raw; } spinlock_t;
void spin_lock(spinlock_t *l);
void spin_unlock(spinlock_t *l);
struct dev { spinlock_t lock; int count; int flags; };

void dev_bump(struct dev *p)
{
	spin_lock(&p->lock);
	p->count++;
	p->flags = 1;
	spin_unlock(&p->lock);
}

void dev_reset(struct dev *p)
{
	spin_lock(&p->lock);
	p->count = 0;
	spin_unlock(&p->lock);
}

int dev_peek(struct dev *p)
{
	return p->count + p->flags;
}
