/*
 * pci.c - the PCI device database: segments, the per-segment device lists
 * and _pcidevs_lock, which after the split only guards device ownership.
 */
#include <pci.h>
#include <iommu.h>

/* Recursive: hypercall paths re-enter it through their helpers. */
static DEFINE_SPINLOCK(_pcidevs_lock);

/* Segments are added at IOMMU discovery and never removed: read-mostly. */
static DEFINE_RWLOCK(pci_seg_lock);
static LIST_HEAD(pci_segments);

void pcidevs_lock(void)
{
	spin_lock_recursive(&_pcidevs_lock);
}

void pcidevs_unlock(void)
{
	spin_unlock_recursive(&_pcidevs_lock);
}

bool pcidevs_locked(void)
{
	return !!spin_is_locked(&_pcidevs_lock);
}

/* Find segment nr.  The result stays valid: segments are never freed. */
struct pci_seg *pci_get_pseg(u16 nr)
{
	struct pci_seg *pseg, *found = NULL;

	read_lock(&pci_seg_lock);
	list_for_each_entry(pseg, &pci_segments, list) {
		if (pseg->nr == nr) {
			found = pseg;
			break;
		}
	}
	read_unlock(&pci_seg_lock);
	return found;
}

/* Register segment nr, translated by iommu (once per segment, at boot). */
int pci_add_segment(u16 nr, struct iommu *iommu)
{
	struct pci_seg *pseg = xzalloc(struct pci_seg);

	if (!pseg)
		return -ENOMEM;
	pseg->nr = nr;
	pseg->iommu = iommu;
	INIT_LIST_HEAD(&pseg->alldevs_list);
	spin_lock_init(&pseg->alldevs_lock);

	write_lock(&pci_seg_lock);
	list_add_tail(&pseg->list, &pci_segments);
	write_unlock(&pci_seg_lock);
	return 0;
}

/* Walk one segment's device list.  Caller holds pseg->alldevs_lock. */
static struct pci_dev *pdev_find(struct pci_seg *pseg, u8 bus, u8 devfn)
{
	struct pci_dev *pdev;

	ASSERT(spin_is_locked(&pseg->alldevs_lock));
	list_for_each_entry(pdev, &pseg->alldevs_list, alldevs_list)
		if (pdev->bus == bus && pdev->devfn == devfn)
			return pdev;
	return NULL;
}

/*
 * Look a device up by segment/bus/devfn.  No lock needed: the result is a
 * counted reference, to be dropped with pcidev_put().
 */
struct pci_dev *pci_get_pdev(u16 seg, u8 bus, u8 devfn)
{
	struct pci_seg *pseg = pci_get_pseg(seg);
	struct pci_dev *pdev;

	if (!pseg)
		return NULL;
	spin_lock(&pseg->alldevs_lock);
	pdev = pdev_find(pseg, bus, devfn);
	if (pdev)
		pcidev_get(pdev);
	spin_unlock(&pseg->alldevs_lock);
	return pdev;
}

/* PHYSDEVOP_pci_device_add: a new device, owned by the hardware domain. */
int pci_add_device(u16 seg, u8 bus, u8 devfn)
{
	struct pci_seg *pseg = pci_get_pseg(seg);
	struct pci_dev *pdev;
	int rc = 0;

	if (!pseg)
		return -ENODEV;

	/* Build the whole object while nobody else can see it. */
	pdev = xzalloc(struct pci_dev);
	if (!pdev)
		return -ENOMEM;
	pdev->seg = seg;
	pdev->bus = bus;
	pdev->devfn = devfn;
	pdev->iommu = pseg->iommu;
	pdev->domain = hardware_domain;
	pdev->refcnt = 1;		/* the segment list's reference */
	INIT_LIST_HEAD(&pdev->msi_list);
	INIT_LIST_HEAD(&pdev->ats.list);
	spin_lock_init(&pdev->lock);

	spin_lock(&pseg->alldevs_lock);
	if (pdev_find(pseg, bus, devfn)) {
		rc = -EEXIST;
		goto out_unlock;
	}
	/* Publish on both lists at once, so lookups never see it half-linked. */
	spin_lock(&hardware_domain->pdevs_lock);
	list_add(&pdev->domain_list, &hardware_domain->pdev_list);
	spin_unlock(&hardware_domain->pdevs_lock);
	list_add(&pdev->alldevs_list, &pseg->alldevs_list);
	pdev = NULL;
out_unlock:
	spin_unlock(&pseg->alldevs_lock);
	xfree(pdev);			/* non-NULL only if never published */
	return rc;
}

/*
 * PHYSDEVOP_pci_device_remove: unpublish the device so that no new
 * reference can be taken, detach it from its owner (which also stops any
 * further assignment), and drop the segment list's reference.  Whoever
 * drops the last reference frees it.
 */
int pci_remove_device(u16 seg, u8 bus, u8 devfn)
{
	struct pci_seg *pseg = pci_get_pseg(seg);
	struct domain *owner;
	struct pci_dev *pdev;

	if (!pseg)
		return -ENODEV;

	spin_lock(&pseg->alldevs_lock);
	pdev = pdev_find(pseg, bus, devfn);
	if (pdev)
		list_del(&pdev->alldevs_list);
	spin_unlock(&pseg->alldevs_lock);
	if (!pdev)
		return -ENODEV;

	pcidevs_lock();
	owner = pdev->domain;
	pdev->domain = NULL;
	if (owner) {
		spin_lock(&owner->pdevs_lock);
		list_del(&pdev->domain_list);
		spin_unlock(&owner->pdevs_lock);
	}
	pcidevs_unlock();

	pcidev_put(pdev);
	return 0;
}

/*
 * Last reference gone (see pcidev_put()): the device is unpublished and
 * nobody else can reach it.  Its ATS and MSI state may have been set up
 * by a reference holder after pci_remove_device(), so tear it down here.
 */
void pci_free_pdev(struct pci_dev *pdev)
{
	disable_ats_device(pdev);
	spin_lock(&pdev->lock);
	msi_free_all(pdev);
	spin_unlock(&pdev->lock);
	xfree(pdev);
}

/*
 * Firmware hotplug notification.  It only logs: the lock is left over from
 * when it also edited the device list, and protects nothing now.
 */
void pci_hotplug_event(u16 seg, u8 bus, u8 devfn, bool insert)
{
	pcidevs_lock();			/* @expect held-for-nothing */
	printk("PCI: hotplug %s %04x:%02x:%02x.%u\n",
	       insert ? "insert" : "eject", seg, bus,
	       PCI_SLOT(devfn), PCI_FUNC(devfn));
	pcidevs_unlock();
}
