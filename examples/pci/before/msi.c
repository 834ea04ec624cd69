/*
 * msi.c - MSI descriptors of pass-through devices, kept on pdev->msi_list.
 */
#include <pci.h>

/* Drop every MSI descriptor of pdev.  Caller holds pcidevs_lock. */
void msi_free_all(struct pci_dev *pdev)
{
	struct msi_desc *desc, *tmp;

	ASSERT(pcidevs_locked());
	list_for_each_entry_safe(desc, tmp, &pdev->msi_list, list) {
		list_del(&desc->list);
		xfree(desc);
	}
}

/* PHYSDEVOP_map_pirq, MSI flavour: bind irq to the device's MSI. */
int pci_enable_msi(u16 seg, u8 bus, u8 devfn, unsigned int irq)
{
	struct msi_desc *desc = xzalloc(struct msi_desc);
	struct pci_dev *pdev;
	int rc = 0;

	if (!desc)
		return -ENOMEM;
	desc->irq = irq;
	INIT_LIST_HEAD(&desc->list);

	pcidevs_lock();
	pdev = pci_get_pdev(seg, bus, devfn);
	if (unlikely(!pdev)) {
		rc = -ENODEV;
		goto out;
	}
	if (!list_empty(&pdev->msi_list)) {
		rc = -EBUSY;
		goto out_unlock;
	}
	list_add_tail(&desc->list, &pdev->msi_list);
	desc = NULL;
out_unlock:
	pcidevs_unlock();
out:
	xfree(desc);
	return rc;			/* @expect inconsistent-return */
}

/* PHYSDEVOP_unmap_pirq: the guest driver released its MSI. */
int pci_disable_msi(u16 seg, u8 bus, u8 devfn)
{
	struct pci_dev *pdev;
	int rc = -ENODEV;

	pcidevs_lock();
	pdev = pci_get_pdev(seg, bus, devfn);
	if (pdev) {
		msi_free_all(pdev);
		rc = 0;
	}
	pcidevs_unlock();
	return rc;
}

/*
 * Called by the virtual config space code after a guest-initiated function
 * level reset: the device forgot its MSI programming, so forget ours.
 */
void pci_msi_flr_reset(struct pci_dev *pdev)
{
	msi_free_all(pdev);		/* @expect precondition-violation */
}
