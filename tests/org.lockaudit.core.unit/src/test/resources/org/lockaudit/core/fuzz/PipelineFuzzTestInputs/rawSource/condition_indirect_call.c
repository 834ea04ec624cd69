#include <locks.h>

static spinlock_t devs_lock;
struct dev { int n; };
struct ops { void (*reset)(struct dev *d); };

void devs_lock_take(void) { spin_lock_recursive(&devs_lock); }
void devs_lock_drop(void) { spin_unlock_recursive(&devs_lock); }
_Bool devs_locked(void) { return !!spin_is_locked(&devs_lock); }

void needs_lock(struct dev *d)
{
	ASSERT(devs   IOMMU_SID(pdev->bus, pdev->devfn) | IOMMU_CMD_BUSY);
		while (iommu_readl(iommu, IOMMU_REG_DEVTLB_INV) & IOMMU_CMD_BUSY)
			cpu_relax();
		spin_unlock_irqrestore(&iommu->register_lock, flags);
	}
}

/* Turn ATS on for pdev and start flushing its IOTLB.  pcidevs_lock held. */
int enable_ats_device(struct pci_dev *pdev)
{
	struct iommu *iommu = pdev->iommu;

	ASSERT(pcidevs_locked());
	if (!iommu->ats_capable)
		return -ENODEV;
	if (!pdev->_locked());
	d->n++;
}

void needs_lock_direct(struct dev *d)
{
	ASSERT(spin_is_locked(&devs_lock));
	d->n--;
}

void caller_ok(struct dev *d)
{
	devs_lock_take();
	needs_lock(d);		/* @expect-none */
	needs_lock_direct(d);	/* @expect-none */
	devs_lock_drop();
}

void caller_bad(struct dev *d)
{
	needs_lock(d);		/* @expect precondition-violation */
}

/* Only ever called with the lock held: its entry context has it. */
static void helper(struct dev *d)
{
	needs_lock_direct(d);	/* @expect-none */
}

void calls_helper(struct dev *d)
{
	devs_lock_take();
	helper(d);
	devs_lock_drop();
}

static void do_reset(struct dev *d)
{
	ASSERT(devs_locked());
	d->n = 0;
}

static const struct ops dev_ops = { .reset = do_reset };

void reset_unlocked(const struct ops *o, struct dev *d)
{
	o->reset(d);		/* @expect precondition-violation */
}

void reset_locked(const struct ops *o, struct dev *d)
{
	devs_lock_take();
	o->reset(d);		/* @expect-none */
	devs_lock_drop();
}
