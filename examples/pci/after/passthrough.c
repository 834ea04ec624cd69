/*
 * passthrough.c - assigning PCI devices to guests and taking them back.
 *
 * pdev->domain is the owner.  Devices not given to a guest belong to the
 * hardware domain; a device owned by nobody (NULL) is in quarantine: its
 * DMA is blocked by the IOMMU until it is hot-removed and added again.
 */
#include <pci.h>
#include <iommu.h>

/* Per-sub-op counters for the debug key; atomic read-modify-write only. */
#define NR_PT_DOMCTL 8
static unsigned long pt_domctl_count[NR_PT_DOMCTL];

/*
 * XEN_DOMCTL_assign_device: give d a device owned by the hardware domain.
 * flags carry the phantom function stride and whether to quarantine the
 * device, rather than hand it back to the hardware domain, when d
 * releases it.
 */
int assign_device(struct domain *d, u16 seg, u8 bus, u8 devfn,
		  unsigned int flags)
{
	unsigned int stride = PT_ASSIGN_STRIDE(flags), fn;
	struct pci_dev *pdev = pci_get_pdev(seg, bus, devfn);
	struct domain *owner;
	int rc;

	if (!pdev)
		return -ENODEV;

	pcidevs_lock();
	owner = pdev->domain;
	if (owner != hardware_domain) {
		rc = -EBUSY;
		goto out_unlock;
	}

	spin_lock(&pdev->lock);
	pdev->quarantine = !!(flags & PT_ASSIGN_QUARANTINE);
	pdev->phantom_stride = stride;
	pdev->fault.count = 0;
	spin_unlock(&pdev->lock);

	if (!d->iommu_ops)
		d->iommu_ops = pdev_ops(pdev);
	rc = iommu_call(pdev_ops(pdev), assign_device, d, devfn, pdev);
	/* Phantom functions issue DMA with requester IDs of their own. */
	for (fn = devfn + stride;
	     !rc && stride && PCI_SLOT(fn) == PCI_SLOT(devfn); fn += stride)
		rc = iommu_call(pdev_ops(pdev), assign_device, d, fn, pdev);
	if (rc)
		goto out_unlock;

	spin_lock(&owner->pdevs_lock);
	list_del(&pdev->domain_list);
	spin_unlock(&owner->pdevs_lock);
	pdev->domain = d;
	spin_lock(&d->pdevs_lock);
	list_add(&pdev->domain_list, &d->pdev_list);
	spin_unlock(&d->pdevs_lock);
out_unlock:
	pcidevs_unlock();
	pcidev_put(pdev);
	return rc;
}

/*
 * XEN_DOMCTL_deassign_device: take a device away from d.  It goes back to
 * the hardware domain, unless quarantine was requested when it was
 * assigned or it kept faulting while d owned it: then it stays blocked.
 */
int deassign_device(struct domain *d, u16 seg, u8 bus, u8 devfn)
{
	struct pci_dev *pdev = pci_get_pdev(seg, bus, devfn);
	unsigned int stride, fn;
	struct domain *target;
	int rc;

	if (!pdev)
		return -ENODEV;

	/*
	 * Decide where the device goes.  Our reference keeps pdev alive, so
	 * the policy bits are read without taking any lock.
	 */
	target = pdev->quarantine ? NULL : hardware_domain; /* @expect unguarded-access */
	if (pdev->fault.count >= PT_FAULT_THRESHOLD) /* @expect unguarded-access */
		target = NULL;
	stride = pdev->phantom_stride;		/* @expect unguarded-access */

	pcidevs_lock();
	if (pdev->domain != d) {
		rc = -ENODEV;
		goto out_unlock;
	}

	rc = iommu_call(pdev_ops(pdev), reassign_device, d, target, devfn, pdev);
	for (fn = devfn + stride;
	     !rc && stride && PCI_SLOT(fn) == PCI_SLOT(devfn); fn += stride)
		rc = iommu_call(pdev_ops(pdev), reassign_device, d, target, fn,
				pdev);
	if (rc)
		goto out_unlock;

	spin_lock(&d->pdevs_lock);
	list_del(&pdev->domain_list);
	spin_unlock(&d->pdevs_lock);
	pdev->domain = target;
	if (target) {
		spin_lock(&target->pdevs_lock);
		list_add(&pdev->domain_list, &target->pdev_list);
		spin_unlock(&target->pdevs_lock);
	}
out_unlock:
	pcidevs_unlock();
	pcidev_put(pdev);
	return rc;
}

/*
 * Domain destruction: quarantine every device d still owns, so a dying
 * guest cannot keep doing DMA, then let the vendor code free d's tables.
 */
int pci_release_devices(struct domain *d)
{
	struct pci_dev *pdev, *tmp;
	int rc = 0;

	pcidevs_lock();
	spin_lock(&d->pdevs_lock);
	list_for_each_entry_safe(pdev, tmp, &d->pdev_list, domain_list) {
		rc = iommu_call(pdev_ops(pdev), reassign_device, d, NULL,
				pdev->devfn, pdev);
		if (rc)
			break;
		list_del(&pdev->domain_list);
		pdev->domain = NULL;
		spin_lock(&pdev->lock);
		pdev->quarantine = true;
		spin_unlock(&pdev->lock);
	}
	spin_unlock(&d->pdevs_lock);
	if (!rc && d->iommu_ops)
		iommu_call(d->iommu_ops, teardown, d);
	pcidevs_unlock();
	return rc;
}

/*
 * Called by the domctl dispatcher for each pass-through sub-op.  The
 * counters are atomic: the lock survived a dispatcher rewrite and
 * protects nothing.
 */
void pt_domctl_account(unsigned int op)
{
	pcidevs_lock();			/* @expect held-for-nothing */
	__atomic_add_fetch(&pt_domctl_count[op % NR_PT_DOMCTL], 1,
			   __ATOMIC_RELAXED);
	pcidevs_unlock();
}

/* Debug key handler: print the counters (atomic loads, no lock). */
void pt_dump_domctl_stats(void)
{
	unsigned int i;

	for (i = 0; i < NR_PT_DOMCTL; i++)
		printk("PT: domctl op %u: %lu calls\n", i,
		       __atomic_load_n(&pt_domctl_count[i], __ATOMIC_RELAXED));
}
