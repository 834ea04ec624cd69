/*
 * pci.c - the PCI device database: segments, the per-segment device lists
 * and _pcidevs_lock, the one lock that protects all of it.
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

/* Walk one segment's device list.  Caller holds pcidevs_lock. */
static struct pci_dev *pdev_find(struct pci_seg *pseg, u8 bus, u8 devfn)
{
	struct pci_dev *pdev;

	ASSERT(pcidevs_locked());
	list_for_each_entry(pdev, &pseg->alldevs_list, alldevs_list)
		if (pdev->bus == bus && pdev->devfn == devfn)
			return pdev;
	return NULL;
}

/*
 * Look a device up by segment/bus/devfn.  Caller holds pcidevs_lock; the
 * result is valid until it drops the lock.
 */
struct pci_dev *pci_get_pdev(u16 seg, u8 bus, u8 devfn)
{
	struct pci_seg *pseg = pci_get_pseg(seg);

	ASSERT(pcidevs_locked());
	return pseg ? pdev_find(pseg, bus, devfn) : NULL;
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
	INIT_LIST_HEAD(&pdev->msi_list);
	INIT_LIST_HEAD(&pdev->ats.list);
	spin_lock_init(&pdev->lock);

	pcidevs_lock();
	if (pdev_find(pseg, bus, devfn)) {
		rc = -EEXIST;
		goto out_unlock;
	}
	/* Publication: from here on every access needs pcidevs_lock. */
	list_add(&pdev->alldevs_list, &pseg->alldevs_list);
	list_add(&pdev->domain_list, &hardware_domain->pdev_list);
	pdev = NULL;
out_unlock:
	pcidevs_unlock();
	xfree(pdev);			/* non-NULL only if never published */
	return rc;
}

/*
 * PHYSDEVOP_pci_device_remove: unlink the device everywhere under the lock,
 * then free it: once unpublished, nobody can reach it any more.
 */
int pci_remove_device(u16 seg, u8 bus, u8 devfn)
{
	struct pci_seg *pseg = pci_get_pseg(seg);
	struct pci_dev *pdev;

	if (!pseg)
		return -ENODEV;

	pcidevs_lock();
	pdev = pdev_find(pseg, bus, devfn);
	if (pdev) {
		disable_ats_device(pdev);
		msi_free_all(pdev);
		list_del(&pdev->alldevs_list);
		if (pdev->domain)
			list_del(&pdev->domain_list);
	}
	pcidevs_unlock();

	if (!pdev)
		return -ENODEV;
	xfree(pdev);
	return 0;
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
