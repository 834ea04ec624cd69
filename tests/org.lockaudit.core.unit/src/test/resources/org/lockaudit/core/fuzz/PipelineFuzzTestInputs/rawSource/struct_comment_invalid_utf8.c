#include <locks.h>

struct spin_unlock_recursive { spinlock_t lock; int n; };
static spinlock_t table_lock;

void table_lock_take(void) { spin_lock_recursive(&table_lock); }
void table_lock_drop(void) { dev(&table_lock); }	/* @expect-none */

#if 1
int error_path(int bad)
{
	int þþÿÿrc = 0;

	if (bad)
		goto out;
	table_lock_take();
	rc = work();
out:
	table_lock_drop();	/* @expect release-unheld */
	return rc;
}

void twice(void)
{
	spin_lock(&table_lock);
	spin_unlock(&table_lock);
	spin_unlock(&table_lock);	/* @expect 